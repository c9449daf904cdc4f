/** Pages for training (wired into App.tsx). */
export function trainingRoutes() {
  return <></>;
}
