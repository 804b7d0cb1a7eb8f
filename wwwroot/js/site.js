// Progressive enhancement only: every feature here has a working no-script equivalent.
(function () {
    "use strict";

    // Autocomplete: completes the word being typed from /api/suggest, through a native <datalist>.
    function enhanceSuggest(input, index) {
        var endpoint = input.getAttribute("data-suggest");
        var list = document.createElement("datalist");
        list.id = "suggestions-" + index;
        input.insertAdjacentElement("afterend", list);
        input.setAttribute("list", list.id);

        var timer = 0;
        var lastAsked = "";
        var controller = null;

        input.addEventListener("input", function () {
            window.clearTimeout(timer);
            timer = window.setTimeout(function () {
                var value = input.value;
                var match = /(\S+)$/.exec(value);
                var prefix = match ? match[1] : "";
                if (prefix.length < 2 || value === lastAsked) {
                    return;
                }
                lastAsked = value;
                var head = value.slice(0, value.length - prefix.length);
                if (controller) {
                    controller.abort();
                }
                controller = new AbortController();
                fetch(endpoint + "?q=" + encodeURIComponent(prefix), { signal: controller.signal, headers: { Accept: "application/json" } })
                    .then(function (response) { return response.ok ? response.json() : []; })
                    .then(function (words) {
                        list.replaceChildren();
                        words.forEach(function (word) {
                            var option = document.createElement("option");
                            option.value = head + word;
                            list.appendChild(option);
                        });
                    })
                    .catch(function (error) {
                        if (error.name !== "AbortError") {
                            list.replaceChildren();
                        }
                    });
            }, 150);
        });
    }

    // Facet filter box: narrows a long value list as one types; the hidden box appears only with script.
    function enhanceFacetFilter(input) {
        var section = input.closest(".facet");
        var wrapper = input.closest(".facet__filter");
        if (!section || !wrapper) {
            return;
        }
        wrapper.hidden = false;
        var items = section.querySelectorAll(".facet-value");
        var more = section.querySelector(".facet__more");
        input.addEventListener("input", function () {
            var needle = input.value.trim().toLocaleLowerCase();
            items.forEach(function (item) {
                var name = (item.getAttribute("data-value") || "").toLocaleLowerCase();
                item.classList.toggle("is-filtered-out", needle !== "" && name.indexOf(needle) === -1);
            });
            if (more && needle !== "") {
                more.open = true;
            }
        });
    }

    function start() {
        document.querySelectorAll("input[data-suggest]").forEach(enhanceSuggest);
        document.querySelectorAll("input[data-facet-filter]").forEach(enhanceFacetFilter);
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
})();
