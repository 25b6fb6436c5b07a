import { render } from 'preact';
import { optionsHost } from '../ui/options-host.js';
import { OptionsApp } from './OptionsApp.js';
import { ReminderHostContext } from './reminder-host.js';
import { reminderHost } from './reminder-host-browser.js';

render(
  <ReminderHostContext.Provider value={reminderHost}>
    <OptionsApp host={optionsHost} />
  </ReminderHostContext.Provider>,
  document.getElementById('app') as HTMLElement,
);
