/** The views of followed committees, loaded when first shown (LazyWatchView.tsx): the web app's first load stays as it was. */
export { CommitteesPage } from './CommitteesPage';
export { FollowCommittee } from './FollowCommittee';
export { UpcomingPage } from './UpcomingPage';
