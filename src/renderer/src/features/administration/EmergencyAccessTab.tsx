import { EmergencyAccessReview } from '../../ui/EmergencyAccessReview';

/** "Emergency access": every recent break-the-glass opening, for administrators to review. */
export function EmergencyAccessTab() {
  return <EmergencyAccessReview />;
}
