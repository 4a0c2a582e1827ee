// Keeps the setup page's "your shop is being loaded" line current while the owner fills in the form. A plain poll:
// the page has no circuit (the Blazor hub needs a signed-in owner), and the endpoint answers 404 once setup is done.
(() => {
    const box = document.getElementById('setup-progress');
    if (!box) {
        return;
    }
    const message = box.querySelector('[data-role=message]');
    const bar = box.querySelector('progress');

    async function poll() {
        let view;
        try {
            const response = await fetch(box.dataset.url, { headers: { accept: 'application/json' }, cache: 'no-store' });
            if (!response.ok || response.status === 204) {
                return; // 204: the owner exists, setup is over
            }
            view = await response.json();
        } catch {
            setTimeout(poll, 5000);
            return;
        }
        box.hidden = !view.message;
        box.dataset.loading = view.loading ? 'true' : 'false';
        message.textContent = view.message;
        bar.hidden = view.percent === null || view.percent === undefined;
        bar.value = view.percent ?? 0;
        setTimeout(poll, view.loading ? 1000 : 4000);
    }

    setTimeout(poll, 1000);
})();
