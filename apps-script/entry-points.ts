/**
 * The global functions Apps Script calls by name, other than custom functions: triggers, the
 * web app, menu items and the sidebar's `google.script.run` calls. The build writes a
 * top-level stub for each. Names must not end in `_`, or Apps Script hides them
 * (https://developers.google.com/apps-script/guides/html/reference/run).
 */
interface EntryPoint {
  name: string;
  params: string[];
  description: string;
}

export const ENTRY_POINTS: readonly EntryPoint[] = [
  { name: 'onOpen', params: ['e'], description: 'Adds the OKR menu: at the top in a bound script, under Extensions when installed as an add-on.' },
  { name: 'onInstall', params: ['e'], description: 'Runs only for an installed add-on: records that, then adds the menu under Extensions.' },
  { name: 'onEdit', params: ['e'], description: 'Marks the cached feed stale after an edit, and logs changes of a key result\'s Start, Target, Type or Weight in Adjustments.' },
  { name: 'doGet', params: ['e'], description: 'Web app: the tracker as JSON for the browser extension (GET ?token=…).' },
  { name: 'doPost', params: ['e'], description: 'Web app: records a check-in sent by the browser extension (POST, text/plain JSON body).' },
  { name: 'okrSetUpTracker', params: [], description: 'Menu: creates or repairs the tracker sheets.' },
  { name: 'okrSetUpTrackerWithExamples', params: [], description: 'Menu: sets up the tracker and fills it with example OKRs.' },
  { name: 'okrShowCheckInSidebar', params: [], description: 'Menu: opens the Record check-in sidebar.' },
  { name: 'okrSidebarItems', params: [], description: 'Sidebar: the key results and KPIs to check in.' },
  { name: 'okrSidebarCheckIn', params: ['form'], description: 'Sidebar: records a check-in.' },
  { name: 'okrShowDueCheckIns', params: [], description: 'Menu: lists the check-ins that are due.' },
  { name: 'okrCheckOkrs', params: [], description: 'Menu: lists what the OKR checks find, with links to the rows, and counts them on the Dashboard.' },
  { name: 'okrPromoteKpi', params: [], description: 'Menu: turns a KPI in breach into an objective and key result.' },
  { name: 'okrPublish', params: [], description: 'Menu: shows the feed URL and access token for the extension.' },
  { name: 'okrCloseQuarter', params: [], description: 'Menu: archives the period and moves on to the next one.' },
  { name: 'okrStartNextPeriod', params: [], description: 'Menu: carries the key results ticked in the review over into the next period.' },
];
