// Progressive enhancement only: every form works without JavaScript.
document.querySelectorAll('[data-autosubmit]').forEach(function (select) {
  select.addEventListener('change', function () { select.form.submit(); });
});
