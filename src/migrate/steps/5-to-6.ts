// Chart 6.0.0: falcotalon became responseActions.enabled and the falco-talon sub-chart key.
import { step } from './step.js';

export default step(6);
