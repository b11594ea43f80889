const _imports_0 = "/screenshots/laren-report-summary.png";
const _imports_1 = "/screenshots/laren-report-phone.png";
export {
  _imports_0 as _,
  _imports_1 as a
};
