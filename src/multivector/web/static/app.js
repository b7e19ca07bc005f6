// Small progressive enhancements; every page works without JavaScript.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  // Filter forms: drop empty fields so URLs stay short and shareable.
  document.querySelectorAll("form.filters").forEach(function (form) {
    form.addEventListener("submit", function () {
      form.querySelectorAll("input, select").forEach(function (field) {
        if (field.name && field.value === "") { field.disabled = true; }
      });
    });
  });
  // Selecting a type or dataset applies the filter at once.
  document.querySelectorAll("form#filters select").forEach(function (select) {
    select.addEventListener("change", function () { select.form.requestSubmit(); });
  });
  // A highlighted source sentence is scrolled into view.
  var mark = document.getElementById("hl");
  if (mark) { mark.scrollIntoView({ block: "center" }); }
});
