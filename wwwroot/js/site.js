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

    // Facet value search: asks the server for every value of the facet as one types (the form works without script).
    function enhanceFacetSearch(form) {
        var input = form.querySelector("input[type=search]");
        var section = form.closest(".facet");
        var matches = section && section.querySelector("[data-facet-matches]");
        var dimension = form.getAttribute("data-facet-search");
        var api = form.getAttribute("data-api");
        // The page's own words and language, so that the matches read like the rest of it.
        var noMatch = form.getAttribute("data-no-match") || "No value matches";
        var language = document.documentElement.lang || "en";
        if (!input || !matches || !dimension || !api) {
            return;
        }
        var timer = 0;
        var asked = 0;

        function linkFor(value) {
            var params = new URLSearchParams();
            var selected = false;
            form.querySelectorAll("input[type=hidden]").forEach(function (field) {
                if (field.name === "facet" || field.name === "prefix" || field.name === "page") {
                    return;
                }
                if (field.name === dimension && field.value === value) {
                    selected = true;
                    return;
                }
                params.append(field.name, field.value);
            });
            if (!selected) {
                params.append(dimension, value);
            }
            var query = params.toString();
            return { href: query ? "/?" + query : "/", selected: selected };
        }

        function show(values) {
            matches.replaceChildren();
            if (values.length === 0) {
                var none = document.createElement("p");
                none.className = "facet__no-match";
                none.textContent = noMatch;
                matches.appendChild(none);
                return;
            }
            var list = document.createElement("ul");
            list.className = "facet__values";
            values.forEach(function (item) {
                var link = linkFor(item.value);
                var li = document.createElement("li");
                li.className = "facet-value" + (link.selected ? " is-selected" : "");
                li.setAttribute("data-value", item.name || item.value);
                var a = document.createElement("a");
                a.href = link.href;
                var box = document.createElement("span");
                box.className = "facet-value__box";
                box.setAttribute("aria-hidden", "true");
                var name = document.createElement("span");
                name.className = "facet-value__name";
                name.textContent = item.name || item.value;
                var count = document.createElement("span");
                count.className = "facet-value__count";
                count.textContent = item.count.toLocaleString(language);
                a.append(box, name, count);
                li.appendChild(a);
                list.appendChild(li);
            });
            matches.appendChild(list);
        }

        input.addEventListener("input", function () {
            window.clearTimeout(timer);
            timer = window.setTimeout(function () {
                var prefix = input.value.trim();
                var ticket = ++asked;
                if (prefix === "") {
                    matches.replaceChildren();
                    return;
                }
                var url = api + (api.indexOf("?") < 0 ? "?" : "&") + "prefix=" + encodeURIComponent(prefix);
                fetch(url, { headers: { "Accept": "application/json" } })
                    .then(function (response) { return response.ok ? response.json() : []; })
                    .then(function (values) {
                        if (ticket === asked) {
                            show(values);
                        }
                    })
                    .catch(function (error) {
                        console.warn("facet value search failed", error);
                    });
            }, 150);
        });
    }

    // The facets drawer: open on wide screens, where it is the sidebar; the skip link opens it on phones.
    function enhanceDrawer(drawer) {
        var wide = window.matchMedia("(min-width: 50.01rem)");
        function fit() {
            drawer.open = wide.matches;
        }
        fit();
        wide.addEventListener("change", fit);
        document.querySelectorAll("a[data-skip-filters]").forEach(function (link) {
            link.addEventListener("click", function () {
                drawer.open = true;
            });
        });
    }

    // Timeline: dragging across the bars picks a range of years, submitted through the from/to fields.
    function enhanceTimeline(figure) {
        var form = figure.parentElement && figure.parentElement.querySelector("form[data-year-range]");
        var years = Array.prototype.slice.call(figure.querySelectorAll("li[data-year]"));
        if (!form || years.length === 0) {
            return;
        }
        var first = null;
        var last = null;
        var dragged = false;

        function yearOf(element) {
            var item = element && element.closest && element.closest("li[data-year]");
            return item ? parseInt(item.getAttribute("data-year"), 10) : null;
        }

        function paint() {
            var low = Math.min(first, last);
            var high = Math.max(first, last);
            years.forEach(function (item) {
                var year = parseInt(item.getAttribute("data-year"), 10);
                item.classList.toggle("is-dragged", first !== null && year >= low && year <= high);
            });
        }

        figure.addEventListener("pointerdown", function (event) {
            var year = yearOf(event.target);
            if (year === null) {
                return;
            }
            first = year;
            last = year;
            dragged = false;
            event.preventDefault();
            paint();
        });
        figure.addEventListener("pointermove", function (event) {
            if (first === null) {
                return;
            }
            var under = document.elementFromPoint(event.clientX, event.clientY);
            var year = yearOf(under);
            if (year !== null && year !== last) {
                last = year;
                dragged = true;
                paint();
            }
        });
        document.addEventListener("pointerup", function () {
            if (first === null) {
                return;
            }
            if (dragged && first !== last) {
                form.querySelector("[name=year_from]").value = String(Math.min(first, last));
                form.querySelector("[name=year_to]").value = String(Math.max(first, last));
                form.submit();
            }
            first = null;
            paint();
        });
        // A bar is a link: the browser's own dragging of links would swallow the pointer moves.
        figure.addEventListener("dragstart", function (event) {
            event.preventDefault();
        });
        figure.addEventListener("click", function (event) {
            if (dragged) {
                event.preventDefault();
                dragged = false;
            }
        });
    }

    function start() {
        document.querySelectorAll("input[data-suggest]").forEach(enhanceSuggest);
        document.querySelectorAll("form[data-facet-search]").forEach(enhanceFacetSearch);
        document.querySelectorAll("details[data-drawer]").forEach(enhanceDrawer);
        document.querySelectorAll("figure[data-timeline]").forEach(enhanceTimeline);
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
})();
