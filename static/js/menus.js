/*
 * Header menus (the Board and Moderation groups, the account menu): <details data-menu>
 * elements, which open and close with a click, Enter or Space without any script. This adds
 * what a menu is expected to do: one open at a time, Escape closes it and returns focus to
 * its toggle, a click or focus elsewhere closes it, arrow keys move between its links, and
 * a drop-down that would run past the right edge of the screen opens leftwards instead.
 * No inline code or style (CSP): behaviour hangs on data-menu and classes only.
 */
(function () {
  "use strict";

  var menus = Array.prototype.slice.call(document.querySelectorAll("details[data-menu]"));
  if (!menus.length) return;

  function links(menu) {
    return Array.prototype.slice.call(menu.querySelectorAll(".menu__list a, .menu__list button"));
  }

  function close(menu, returnFocus) {
    if (!menu.open) return;
    menu.open = false;
    if (returnFocus) {
      var toggle = menu.querySelector("summary");
      if (toggle) toggle.focus();
    }
  }

  function keepOnScreen(menu) {
    var list = menu.querySelector(".menu__list");
    if (!list) return;
    list.classList.remove("menu__list--end");
    var box = list.getBoundingClientRect();
    if (box.right > document.documentElement.clientWidth) list.classList.add("menu__list--end");
  }

  menus.forEach(function (menu) {
    menu.addEventListener("toggle", function () {
      if (!menu.open) return;
      menus.forEach(function (other) {
        if (other !== menu) close(other, false);
      });
      keepOnScreen(menu);
    });

    menu.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && menu.open) {
        event.preventDefault();
        event.stopPropagation();
        close(menu, true);
        return;
      }
      if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
      var items = links(menu);
      if (!items.length) return;
      event.preventDefault();
      if (!menu.open) menu.open = true;
      var index = items.indexOf(document.activeElement);
      var step = event.key === "ArrowDown" ? 1 : -1;
      var next = index === -1 ? (step === 1 ? 0 : items.length - 1) : index + step;
      items[(next + items.length) % items.length].focus();
    });

    // Leaving the menu with Tab closes it, so an open panel never hides the page.
    menu.addEventListener("focusout", function (event) {
      if (event.relatedTarget && !menu.contains(event.relatedTarget)) close(menu, false);
    });
  });

  document.addEventListener("click", function (event) {
    menus.forEach(function (menu) {
      if (menu.open && !menu.contains(event.target)) close(menu, false);
    });
  });
})();
