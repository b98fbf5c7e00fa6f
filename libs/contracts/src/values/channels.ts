export const CHANNELS = ['counter', 'after-hours-counter', 'online', 'post', 'zalo', 'hamlet-point', 'outreach'] as const;
export type Channel = (typeof CHANNELS)[number];

export const RESULT_DELIVERIES = ['desk', 'post', 'home'] as const;
export type ResultDelivery = (typeof RESULT_DELIVERIES)[number];
