/**
 * The settings module's front door: what other modules may use. Everything else in the folder is private to it.
 */
export { setTwoFactorRequired } from './set-two-factor-required.ts';
export { putSetting, readSetting, saveSetting } from './settings.repository.ts';
