/**
 * The add-on bundle's public surface. esbuild wraps this module in an IIFE assigned to the
 * global `okrSheets`; the generated footer of Code.js exposes its members as the top-level
 * functions Apps Script looks for. Nothing here may do work at load time: Apps Script runs all
 * global code on every execution, custom-function calls included (https://developers.google.com/apps-script/guides/v8-runtime).
 */
import { bindCustomFunctions } from './custom-functions.js';

export { CUSTOM_FUNCTIONS } from '../shared/functions/functions.js';
export { ENTRY_POINTS } from './entry-points.js';
export { doGet, doPost } from './web-app.js';
export {
  onOpen,
  onInstall,
  onEdit,
  okrSetUpTracker,
  okrSetUpTrackerWithExamples,
  okrShowCheckInSidebar,
  okrSidebarItems,
  okrSidebarCheckIn,
  okrShowDueCheckIns,
  okrCheckOkrs,
  okrPromoteKpi,
  okrPublish,
  okrCloseQuarter,
  okrStartNextPeriod,
} from './menu.js';
// For the local runtime (demo server, tests): the actions without a menu around them.
export { setUpTracker } from './actions/set-up.js';
export { promoteKpi } from './actions/promote-kpi.js';
export { checkTracker } from './actions/check-okrs.js';
export { repairBrokenSpills } from './template/spill-repair.js';
export { closeQuarter, unsettledCells } from './actions/close-quarter.js';
export { startNextPeriod } from './actions/start-next-period.js';
export { recordAdjustments } from './adjustments.js';
export { publishToken } from './actions/publish.js';
export { silentDialogs } from './ui.js';

export const customFunctions = bindCustomFunctions();
