export const exportControls = {};
