/**
 * Leg length (hip → knee → ankle, the sum of thigh and shank) as a share of standing height:
 * 0.245 H + 0.246 H from Winter's anthropometric segment table (Biomechanics and Motor Control of
 * Human Movement, 4th ed., table 4.1: hip 0.530 H, knee 0.285 H, ankle 0.039 H). A published
 * constant, not chosen on our data. It turns a height in metres into a pixel scale (the bar's
 * velocity, the TRC/MOT export in metres).
 */
export const LEG_SHARE_OF_HEIGHT = 0.491;
