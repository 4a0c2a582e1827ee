// Small helpers the layout calls over interop. Kept tiny: the theme choice and nothing else.
window.sellerConsole = {
    setThemeCookie(name, value) {
        const secure = location.protocol === "https:" ? "; secure" : "";
        document.cookie = `${name}=${value}; path=/; max-age=${365 * 24 * 3600}; samesite=lax${secure}`;
    },
};
