import { defineRefiner } from "../rules/index.js";

export default defineRefiner({
  id: "modality",
  description: "TODO",
  refine(drafts) {
    return drafts;
  },
});
