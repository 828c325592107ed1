export { RightsRequestForm, type RightsRequestFormProps } from './RightsRequestForm';
export { rightsStrings, ko as rightsKo, en as rightsEn, type RightsStrings } from './strings';
