// Chart 3.0.0: driver.loader.initContainer.enabled became driver.loader.enabled (charts#418, BREAKING-CHANGES.md).
import { step } from './step.js';

export default step(3);
