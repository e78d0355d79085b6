// Chart 2.0.0 refactored the values (CHANGELOG v2.0.0): the replacement table moves 1.x keys to their 2.x places. The
// entries of chart 1.x itself (`integrations`, removed in 1.6.0) are crossed on the way, so they are this step's too.
import { step } from './step.js';

export default step(2, undefined, '0.0.0');
