export default defineBackground(() => {
  // wiring arrives with the in-page issue
});
