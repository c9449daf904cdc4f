/** Pages for supervision (wired into App.tsx). */
export function supportRoutes() {
  return <></>;
}
