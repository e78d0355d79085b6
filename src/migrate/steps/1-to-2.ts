// Chart 2.0.0 refactored the values (CHANGELOG v2.0.0): the replacement table moves 1.x keys to their 2.x places.
import { step } from './step.js';

export default step(2);
