/*
 * Peer Circle: the site's only script. Vanilla, no dependencies, loaded with `defer`
 * on every page, so each feature checks that its elements exist and fails quietly.
 * The Content-Security-Policy forbids inline code and style attributes: behaviour hangs
 * on data-* attributes and classes, never on element.style or onclick.
 */
(function () {
  "use strict";

  var root = document.documentElement;
  root.classList.remove("no-js");
  root.classList.add("js");

  var reduceMotion = window.matchMedia
    ? window.matchMedia("(prefers-reduced-motion: reduce)")
    : { matches: false };

  function $(selector, scope) {
    return (scope || document).querySelector(selector);
  }

  function $all(selector, scope) {
    return Array.prototype.slice.call((scope || document).querySelectorAll(selector));
  }

  /* Say something to screen readers without moving focus. */
  function announce(text) {
    var region = document.getElementById("js-announcer");
    if (!region) return;
    region.textContent = "";
    window.setTimeout(function () {
      region.textContent = text;
    }, 50);
  }

  function safely(name, fn) {
    try {
      fn();
    } catch (error) {
      if (window.console && console.error) console.error("app.js: " + name + " failed", error);
    }
  }

  /* ---------------------------------------------------------------- */
  /* Mobile navigation: a disclosure button (aria-expanded / controls) */
  /* ---------------------------------------------------------------- */
  function initNavToggle() {
    var toggle = $(".nav-toggle");
    if (!toggle) return;
    var menu = document.getElementById(toggle.getAttribute("aria-controls"));
    if (!menu) return;

    function setOpen(open) {
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
      menu.classList.toggle("is-open", open);
    }

    setOpen(false);

    toggle.addEventListener("click", function () {
      setOpen(toggle.getAttribute("aria-expanded") !== "true");
    });

    document.addEventListener("keydown", function (event) {
      if (event.key !== "Escape" || toggle.getAttribute("aria-expanded") !== "true") return;
      if (window.getComputedStyle(toggle).display === "none") return;
      setOpen(false);
      toggle.focus();
    });

    // Close the phone menu when someone clicks outside the header.
    document.addEventListener("click", function (event) {
      if (toggle.getAttribute("aria-expanded") !== "true") return;
      var header = toggle.closest("header");
      if (header && !header.contains(event.target)) setOpen(false);
    });
  }

  /* ---------------------------------------------------------------- */
  /* Flash messages: add a dismiss button to each                      */
  /* ---------------------------------------------------------------- */
  function initFlashes() {
    $all("[data-flash]").forEach(function (flash) {
      if ($(".flash__dismiss", flash)) return;
      var button = document.createElement("button");
      button.type = "button";
      button.className = "flash__dismiss";
      button.setAttribute("aria-label", "Dismiss message");
      button.innerHTML = '<span aria-hidden="true">&times;</span>';
      button.addEventListener("click", function () {
        var container = flash.parentElement;
        var next = flash.nextElementSibling || flash.previousElementSibling;
        flash.remove();
        announce("Message dismissed");
        var nextButton = next && $(".flash__dismiss", next);
        if (nextButton) {
          nextButton.focus();
        } else {
          if (container && container.classList.contains("flashes") && !container.children.length) {
            container.remove();
          }
          var main = document.getElementById("main");
          if (main) main.focus();
        }
      });
      flash.appendChild(button);
    });
  }

  /* ---------------------------------------------------------------- */
  /* data-confirm: ask before submitting a form or following a link     */
  /* ---------------------------------------------------------------- */
  function initConfirm() {
    document.addEventListener(
      "submit",
      function (event) {
        var form = event.target;
        if (!(form instanceof HTMLFormElement)) return;
        var submitter = event.submitter;
        var message =
          (submitter && submitter.getAttribute("data-confirm")) || form.getAttribute("data-confirm");
        if (message && !window.confirm(message)) {
          event.preventDefault();
          event.stopImmediatePropagation();
        }
      },
      true
    );

    // Links and non-submit buttons; submit buttons are handled by the submit event above
    // (event.submitter), except in old browsers without it, where the click asks instead.
    document.addEventListener(
      "click",
      function (event) {
        var target = event.target.closest ? event.target.closest("[data-confirm]") : null;
        if (!target || target.tagName === "FORM") return;
        var isSubmit =
          (target.tagName === "BUTTON" && (target.type || "submit") === "submit") ||
          (target.tagName === "INPUT" && target.type === "submit");
        if (isSubmit && "SubmitEvent" in window) return;
        if (!window.confirm(target.getAttribute("data-confirm"))) {
          event.preventDefault();
          event.stopImmediatePropagation();
        }
      },
      true
    );
  }

  /* ---------------------------------------------------------------- */
  /* <time data-timeago>: relative text, full UTC date kept in title   */
  /* ---------------------------------------------------------------- */
  var relativeFormat =
    window.Intl && Intl.RelativeTimeFormat
      ? new Intl.RelativeTimeFormat("en", { numeric: "auto" })
      : null;

  function relativeText(date, now) {
    var seconds = Math.round((date.getTime() - now) / 1000);
    var abs = Math.abs(seconds);
    if (abs < 45) return seconds <= 0 ? "just now" : "in a moment";
    var units = [
      ["minute", 60, 3600],
      ["hour", 3600, 86400],
      ["day", 86400, 86400 * 7],
      ["week", 86400 * 7, 86400 * 30]
    ];
    for (var i = 0; i < units.length; i++) {
      var unit = units[i];
      if (abs < unit[2]) {
        var value = Math.round(seconds / unit[1]);
        if (value === 0) value = seconds < 0 ? -1 : 1;
        if (relativeFormat) return relativeFormat.format(value, unit[0]);
        var n = Math.abs(value);
        var words = n + " " + unit[0] + (n === 1 ? "" : "s");
        return value < 0 ? words + " ago" : "in " + words;
      }
    }
    return null; // older than about a month: keep the absolute date
  }

  function updateTimes() {
    var now = Date.now();
    $all("time[data-timeago]").forEach(function (el) {
      var iso = el.getAttribute("datetime");
      var date = iso ? new Date(iso) : null;
      if (!date || isNaN(date.getTime())) return;
      if (!el.hasAttribute("data-absolute")) {
        el.setAttribute("data-absolute", el.textContent.trim());
        if (!el.title) el.title = el.textContent.trim();
      }
      var text = relativeText(date, now);
      el.textContent = text || el.getAttribute("data-absolute");
    });
  }

  function initTimes() {
    if (!$("time[data-timeago]")) return;
    updateTimes();
    window.setInterval(updateTimes, 60 * 1000);
  }

  /* ---------------------------------------------------------------- */
  /* Character counter for textarea/input[data-maxlength]              */
  /* ---------------------------------------------------------------- */
  var counterId = 0;

  function initCounters() {
    $all("textarea[data-maxlength], input[data-maxlength]").forEach(function (field) {
      var max = parseInt(field.getAttribute("data-maxlength"), 10);
      if (!max || max < 1 || field.hasAttribute("data-counter-ready")) return;
      field.setAttribute("data-counter-ready", "");
      counterId += 1;

      // Visible count: updates on every keystroke, silent for screen readers.
      var visible = document.createElement("p");
      visible.className = "char-counter";
      visible.setAttribute("aria-hidden", "true");

      // Spoken count: a polite live region, updated only once typing pauses.
      var live = document.createElement("p");
      live.className = "visually-hidden";
      live.id = (field.id || "field-" + counterId) + "-counter";
      live.setAttribute("aria-live", "polite");

      field.insertAdjacentElement("afterend", live);
      field.insertAdjacentElement("afterend", visible);

      var describedby = (field.getAttribute("aria-describedby") || "").split(/\s+/).filter(Boolean);
      describedby.push(live.id);
      field.setAttribute("aria-describedby", describedby.join(" "));

      var timer = null;

      function message(remaining) {
        if (remaining >= 0) {
          return remaining + " character" + (remaining === 1 ? "" : "s") + " left of " + max;
        }
        var over = -remaining;
        return over + " character" + (over === 1 ? "" : "s") + " too many (limit " + max + ")";
      }

      function update(speak) {
        var remaining = max - field.value.length;
        var text = message(remaining);
        visible.textContent = text;
        visible.classList.toggle("is-over", remaining < 0);
        window.clearTimeout(timer);
        if (speak) {
          timer = window.setTimeout(function () {
            live.textContent = text;
          }, 800);
        } else {
          live.textContent = text;
        }
      }

      field.addEventListener("input", function () {
        update(true);
      });
      update(false);
    });
  }

  /* ---------------------------------------------------------------- */
  /* Markdown preview                                                  */
  /* button[data-preview-target="preview-id"][data-preview-url="/..."] */
  /* optional data-preview-source="textarea-id" (else the first        */
  /* textarea of the button's form) and data-preview-field="text"      */
  /* (the form field name the server reads; default "text").           */
  /* ---------------------------------------------------------------- */
  function csrfToken() {
    var meta = $('meta[name="csrf-token"]');
    return meta ? meta.getAttribute("content") : "";
  }

  function initPreview() {
    $all("[data-preview-target]").forEach(function (button) {
      if (button.tagName === "BUTTON" && !button.getAttribute("type")) button.type = "button";
      button.removeAttribute("hidden");
      button.addEventListener("click", function (event) {
        event.preventDefault();
        var target = document.getElementById(button.getAttribute("data-preview-target"));
        var url = button.getAttribute("data-preview-url");
        var sourceId = button.getAttribute("data-preview-source");
        var form = button.form || button.closest("form");
        var source = sourceId
          ? document.getElementById(sourceId)
          : form
            ? $("textarea", form)
            : null;
        if (!target || !url || !source || !window.fetch) return;

        var body = new URLSearchParams();
        body.append(button.getAttribute("data-preview-field") || "text", source.value);
        body.append("csrf_token", csrfToken());

        target.hidden = false;
        target.setAttribute("aria-busy", "true");
        target.textContent = "Loading preview\u2026";
        button.disabled = true;

        fetch(url, {
          method: "POST",
          credentials: "same-origin",
          headers: {
            "Content-Type": "application/x-www-form-urlencoded;charset=UTF-8",
            "X-CSRFToken": csrfToken(),
            "X-Requested-With": "fetch",
            Accept: "text/html, application/json"
          },
          body: body.toString()
        })
          .then(function (response) {
            if (!response.ok) throw new Error("HTTP " + response.status);
            var type = response.headers.get("Content-Type") || "";
            if (type.indexOf("application/json") !== -1) {
              return response.json().then(function (data) {
                return data && typeof data.html === "string" ? data.html : "";
              });
            }
            return response.text();
          })
          .then(function (html) {
            // The server sanitizes preview HTML with the same allowlist as published posts.
            target.innerHTML = html.trim() ? html : '<p class="muted">Nothing to preview yet.</p>';
            announce("Preview updated");
          })
          .catch(function () {
            target.innerHTML = "";
            var p = document.createElement("p");
            p.className = "muted";
            p.textContent = "The preview could not be loaded. Your text is safe; try again in a moment.";
            target.appendChild(p);
            announce("Preview could not be loaded");
          })
          .then(function () {
            target.removeAttribute("aria-busy");
            button.disabled = false;
          });
      });
    });
  }

  /* ---------------------------------------------------------------- */
  /* Error summary: take focus so the problems are read out first      */
  /* ---------------------------------------------------------------- */
  function initErrorSummary() {
    var summary = $("[data-error-summary]");
    if (!summary) return;
    summary.focus({ preventScroll: false });
    if (!reduceMotion.matches && summary.scrollIntoView) {
      summary.scrollIntoView({ block: "start", behavior: "smooth" });
    }
    // Links in the summary move focus to the field, not only scroll to it.
    summary.addEventListener("click", function (event) {
      var link = event.target.closest ? event.target.closest('a[href^="#"]') : null;
      if (!link) return;
      var field = document.getElementById(link.getAttribute("href").slice(1));
      if (!field) return;
      event.preventDefault();
      field.focus();
      var label = document.querySelector('label[for="' + field.id + '"]');
      var scrollTo = field.closest(".field") || label || field;
      scrollTo.scrollIntoView({ block: "start", behavior: reduceMotion.matches ? "auto" : "smooth" });
    });
  }

  /* Scrollable tables and code blocks must be reachable by keyboard. */
  function initScrollRegions() {
    $all(".table-wrap, .post-body pre").forEach(function (el) {
      if (el.scrollWidth > el.clientWidth + 1 && !el.hasAttribute("tabindex")) {
        el.setAttribute("tabindex", "0");
        if (el.classList.contains("table-wrap") && !el.hasAttribute("role")) {
          el.setAttribute("role", "region");
          var caption = $("caption", el);
          el.setAttribute("aria-label", caption ? caption.textContent.trim() : "Table (scrolls sideways)");
        }
      }
    });
  }

  /* ---------------------------------------------------------------- */
  /* Reading state: a thread page says up to which post it showed      */
  /* (data-read-url, data-read-number); we tell the server once the    */
  /* page is shown, so that opening a page (a GET) never writes.       */
  /* ---------------------------------------------------------------- */
  function initReadMarker() {
    var marker = $("[data-read-url]");
    if (!marker || !window.fetch) return;
    var body = new URLSearchParams();
    body.append("number", marker.getAttribute("data-read-number"));
    body.append("csrf_token", csrfToken());
    fetch(marker.getAttribute("data-read-url"), {
      method: "POST",
      body: body,
      credentials: "same-origin",
      keepalive: true,
      headers: { "X-CSRFToken": csrfToken() },
    })
      .then(function (response) {
        return response.ok ? response.json() : null;
      })
      .then(function (data) {
        if (data && typeof data.unread_notifications === "number") {
          updateBell(data.unread_notifications);
        }
      })
      .catch(function () {
        /* the unread marker catches up on the next visit */
      });
  }

  function updateBell(count) {
    var bell = $(".bell");
    if (!bell) return;
    var badge = $(".bell__count", bell);
    var label = $(".visually-hidden", bell);
    if (count > 0) {
      if (!badge) {
        badge = document.createElement("span");
        badge.className = "bell__count";
        badge.setAttribute("aria-hidden", "true");
        bell.insertBefore(badge, label);
      }
      badge.textContent = count < 100 ? String(count) : "99+";
      if (label) label.textContent = count + " unread notification" + (count === 1 ? "" : "s");
    } else {
      if (badge) badge.remove();
      if (label) label.textContent = "Notifications (none unread)";
    }
  }

  function init() {
    safely("nav toggle", initNavToggle);
    safely("flashes", initFlashes);
    safely("confirm", initConfirm);
    safely("times", initTimes);
    safely("counters", initCounters);
    safely("preview", initPreview);
    safely("error summary", initErrorSummary);
    safely("scroll regions", initScrollRegions);
    safely("read marker", initReadMarker);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
