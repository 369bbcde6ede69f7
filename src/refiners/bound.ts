import { defineRefiner } from "../rules/index.js";

export default defineRefiner({
  id: "bound",
  description: "TODO",
  refine(drafts) {
    return drafts;
  },
});
