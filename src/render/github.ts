// GitHub Actions workflow commands (annotations): `::error file=…,line=…,title=…::message`.
// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
// Light to import (no dependencies): the commands load it at start-up.

/** GitHub workflow commands: `%`, CR and LF escaped in the message; `:` and `,` in properties. */
export function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/** `::error file=…,line=…,title=…::message` */
export function annotation(
  level: "error" | "warning" | "notice",
  message: string,
  props: { file?: string; line?: number; title?: string } = {},
): string {
  const list = Object.entries(props)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(",");
  return `::${level}${list ? ` ${list}` : ""}::${escapeData(message)}\n`;
}
