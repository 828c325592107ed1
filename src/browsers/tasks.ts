import type { GuideTask } from './types';

/** Every task, in the order the guide shows them. */
export const allTasks: GuideTask[] = ['blockThirdParty', 'blockAll', 'deleteSite', 'deleteAll'];
