// Placeholder until the sidebar lands.
const app = document.getElementById('app');
if (app) app.textContent = 'THADS';
