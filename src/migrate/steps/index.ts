// The steps, one per chart major boundary, in order.
import oneToTwo from './1-to-2.js';
import twoToThree from './2-to-3.js';
import threeToFour from './3-to-4.js';
import fourToFive from './4-to-5.js';
import fiveToSix from './5-to-6.js';
import sixToSeven from './6-to-7.js';
import sevenToEight from './7-to-8.js';
import eightToNine from './8-to-9.js';
import type { Step } from './step.js';

export const STEPS: readonly Step[] = [
  oneToTwo,
  twoToThree,
  threeToFour,
  fourToFive,
  fiveToSix,
  sixToSeven,
  sevenToEight,
  eightToNine,
];
