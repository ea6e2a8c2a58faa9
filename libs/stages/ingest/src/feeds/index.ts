export * from './feed-poller';
export * from './feed-polling-settings';
export * from './feed-registration';
export * from './manage-feeds';
export * from './poll-due-feeds';
