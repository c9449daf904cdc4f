/** Pages for notifications (wired into App.tsx). */
export function notificationRoutes() {
  return <></>;
}
