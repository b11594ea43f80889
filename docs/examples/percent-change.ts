// The percentage-change rule in code. The docs' tests run every line that
// ends in `//=>` and compare the result with what follows it.
import { formatPercentChange, roundPercentChange } from "@ivp/model";

formatPercentChange(54, 26); //=> "-52%"
formatPercentChange(8, 5); //=> "-38%"
formatPercentChange(12, 15); //=> "+25%"
formatPercentChange(1, 1); //=> "0%"
formatPercentChange(0, 1); //=> ""
roundPercentChange(8, 5); //=> -38
roundPercentChange(0, 3); //=> null
formatPercentChange(7.3, 7.5, { decimals: 1 }); //=> "+2,7%"
