/**
 * `consentry/rights`: the rights request form (Preact), apart from the widget so `consentry/ui` does not
 * grow. It sends through `members.request` of `consentry/members`.
 */
export { RightsRequestForm, type RightsRequestFormProps } from './RightsRequestForm';
export { rightsStrings, ko as rightsKo, en as rightsEn, type RightsStrings } from './strings';
