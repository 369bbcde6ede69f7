import { defineRefiner } from "../rules/index.js";

export default defineRefiner({
  id: "subject",
  description: "TODO",
  refine(drafts) {
    return drafts;
  },
});
