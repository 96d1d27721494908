/* Gongwen: copy citations, scroll to a fact in a document. No inline scripts (CSP). */
(function () {
  "use strict";

  function toast(message) {
    var box = document.getElementById("toast");
    if (!box) return;
    box.textContent = message;
    box.classList.add("show");
    clearTimeout(toast.timer);
    toast.timer = setTimeout(function () { box.classList.remove("show"); }, 2200);
  }

  function fallbackCopy(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.className = "offscreen";
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    document.body.removeChild(area);
    return ok;
  }

  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).then(function () { return true; }, function () { return fallbackCopy(text); });
    }
    return Promise.resolve(fallbackCopy(text));
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-copy]");
    if (!button) return;
    event.preventDefault();
    var text = button.getAttribute("data-copy");
    copy(text).then(function (ok) {
      if (ok) {
        button.classList.add("copied");
        setTimeout(function () { button.classList.remove("copied"); }, 1500);
        toast(button.getAttribute("data-done") || "已复制");
      } else {
        window.prompt("请手动复制：", text);
      }
    });
  });

  function focusFact() {
    var id = (location.hash || "").replace(/^#/, "");
    var holder = document.getElementById("doc-text");
    if (!id && holder && holder.getAttribute("data-focus")) id = "fact-" + holder.getAttribute("data-focus");
    if (!id || id.indexOf("fact-") !== 0) return;
    var target = document.getElementById(id);
    if (!target) return;
    document.querySelectorAll(".fig.focus").forEach(function (el) { el.classList.remove("focus"); });
    target.classList.add("focus");
    target.scrollIntoView({ block: "center" });
  }

  // Keep search URLs short: leave out empty fields and defaults.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.classList || !form.classList.contains("search-form")) return;
    var defaults = { sort: "relevance", per_page: "20" };
    Array.prototype.forEach.call(form.elements, function (el) {
      if (el.name && (el.value === "" || defaults[el.name] === el.value)) el.disabled = true;
    });
    setTimeout(function () {
      Array.prototype.forEach.call(form.elements, function (el) { el.disabled = false; });
    }, 0);
  });

  document.addEventListener("DOMContentLoaded", focusFact);
  window.addEventListener("hashchange", focusFact);
})();
