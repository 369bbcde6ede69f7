// Claim values as short human text: made in the claims stage (incidents use it too).
export { describeValue, formatMoney, formatNumber } from "../claims/describe.js";
