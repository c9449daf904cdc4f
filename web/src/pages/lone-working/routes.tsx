/** Pages for lone-working (wired into App.tsx). */
export function loneWorkingRoutes() {
  return <></>;
}
