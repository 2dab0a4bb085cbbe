// Behaviour of the quiz pages. The countdown is only a picture: the server keeps the clock.
(function () {
  "use strict";

  function startCountdown(timer) {
    var limit = parseFloat(timer.dataset.limit);
    var deadline = performance.now() + parseFloat(timer.dataset.secondsLeft) * 1000;
    var bar = timer.querySelector(".countdown-bar");
    var number = timer.querySelector(".countdown-number");
    // With reduced motion the bar steps once a second instead of gliding.
    var stepwise = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    function tick() {
      if (!timer.isConnected) return;
      var left = Math.max(0, deadline - performance.now()) / 1000;
      var shown = stepwise ? Math.ceil(left) : left;
      bar.style.transform = "scaleX(" + Math.min(1, shown / limit).toFixed(4) + ")";
      number.textContent = Math.ceil(left);
      timer.classList.toggle("countdown-low", left <= 5);
      if (left > 0) {
        window.requestAnimationFrame(tick);
      } else {
        var timeout = document.getElementById("timeout-form");
        if (timeout) htmx.trigger(timeout, "quiz:timeout");
      }
    }
    tick();
  }

  function startAutoAdvance(link) {
    var seconds = parseInt(link.dataset.autoAdvance, 10);
    var note = link.querySelector(".auto-advance-note");
    var followed = false;
    // One request for the next question, whether the player or the timer goes first.
    link.addEventListener("click", function () { followed = true; });
    link.focus();
    function step() {
      if (!link.isConnected || followed) return;
      if (seconds <= 0) {
        link.click();
        return;
      }
      note.textContent = "(in " + seconds + " s)";
      seconds -= 1;
      window.setTimeout(step, 1000);
    }
    step();
  }

  function focusHeading(root) {
    var heading = root.querySelector && root.querySelector("#question-heading");
    if (heading && root.id === "question-card") {
      heading.setAttribute("tabindex", "-1");
      heading.focus();
    }
  }

  // Elements matching ``selector`` in a newly loaded part of the page, the part itself
  // included (a stream's swap can bring a countdown as one of its top elements).
  function within(root, selector) {
    var scope = root.querySelectorAll ? root : document;
    var found = Array.prototype.slice.call(scope.querySelectorAll(selector));
    if (root.matches && root.matches(selector)) found.unshift(root);
    return found;
  }

  // An answer the server could not store (503) comes back with a receipt of when it
  // arrived; every answer form of the card sends it with the retry, which is scored then.
  document.addEventListener("htmx:responseError", function (event) {
    var receipt = event.detail.xhr.getResponseHeader("Quiz-Receipt");
    if (!receipt) return;
    document.querySelectorAll("#question-card form").forEach(function (form) {
      var input = form.querySelector('input[name="receipt"]');
      if (!input) {
        input = document.createElement("input");
        input.type = "hidden";
        input.name = "receipt";
        form.appendChild(input);
      }
      input.value = receipt;
    });
  });

  htmx.onLoad(function (root) {
    var scope = root.querySelectorAll ? root : document;
    within(root, ".countdown").forEach(startCountdown);
    focusHeading(root);
    scope.querySelectorAll("[data-auto-advance]").forEach(startAutoAdvance);
  });

  // Number keys pick the matching choice, as the labels on the buttons say.
  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    var tag = event.target.tagName;
    if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT") return;
    var button = document.querySelector('.choices button[data-key="' + event.key + '"]');
    if (button && !button.disabled) {
      event.preventDefault();
      button.click();
    }
  });
})();
