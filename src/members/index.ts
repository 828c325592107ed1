/**
 * `consentry/members`: consent that belongs to a person. Links this browser's receipts to the signed-in
 * member's account with a member proof from the site's backend, loads the member's consent from the
 * collector so other devices do not ask again, forgets the member on logout, and sends rights requests.
 * The core stays free of the network: everything here goes through the receipts module and the collector.
 */
export { createMembers, type Members, type MembersOptions, type LoadResult, type IdentifyResult, type ProofSource } from './client';
export { answersFromAccount, type AccountPurpose, type AccountStateEntry, type AdoptedAnswer } from './account-state';
export { readProof, ACCOUNT_ID } from './proof';
export {
  postRightsRequest,
  RightsRequestError,
  REQUEST_KINDS,
  type RightsRequestKind,
  type RightsRequestInput,
  type RightsRequestAnswer,
  type RightsRequestReceipt,
} from './rights';
export { answerTerm, type AnswerTerm } from './term';
