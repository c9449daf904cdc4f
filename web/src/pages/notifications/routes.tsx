import { Route } from 'react-router-dom';
import { NotificationsPage } from './NotificationsPage.tsx';

/** The signed-in person's notifications (any role in a scheme). */
export function notificationRoutes() {
  return <Route path="/notifications" element={<NotificationsPage />} />;
}
