// Progressive enhancement only: every form works without JavaScript.
document.querySelectorAll('[data-autosubmit]').forEach(function (select) {
  select.addEventListener('change', function () { select.form.submit(); });
});
// The leaflet's "Print" link: without JavaScript the browser's own print command does the same.
document.querySelectorAll('[data-print]').forEach(function (link) {
  link.addEventListener('click', function (event) { event.preventDefault(); window.print(); });
});
// A long check or commit shows that it is under way; without JavaScript the form simply submits.
document.querySelectorAll('form[data-progress]').forEach(function (form) {
  form.addEventListener('submit', function () {
    var bar = form.querySelector('progress');
    if (bar) { bar.hidden = false; }
  });
});
