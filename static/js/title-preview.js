/* The application form: how the board's policy reads the stated title, as the applicant types.
   Without JavaScript the "Check my title" button asks the server for the same reading. */
(function () {
  "use strict";
  var input = document.querySelector("[data-title-preview]");
  var output = document.querySelector("[data-title-reading]");
  if (!input || !output || !window.fetch) return;
  var check = document.querySelector("[data-title-check]");
  if (check) check.hidden = true;
  var timer = null;
  function show() {
    var title = input.value.trim();
    if (title.length < 2) { output.textContent = ""; return; }
    var url = input.getAttribute("data-title-preview") + "?title=" + encodeURIComponent(title);
    fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) {
        if (!data || data.title !== input.value.trim().slice(0, 200)) return;
        output.textContent = data.reading ? "How the board's policy reads it: " + data.reading : "";
      })
      .catch(function () {});
  }
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(show, 400);
  });
})();
