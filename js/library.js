// Groups and filters the library's page (src/ui/shelf): by year as it is
// built, or by place; by level and by year. The choices are kept in the
// address, so that a filtered shelf can be linked to.
// And the search across the library: its form is shown, and its code
// (src/ui/across) fetched the first time the field is used, or at once for
// a query in the address (`?q=`).
(function () {
  var form = document.getElementById("library-search");
  if (!form) return;
  var input = document.getElementById("library-search-input");
  var loading = false;
  var load = function () {
    if (loading) return;
    loading = true;
    var glue = new URL(form.getAttribute("data-search-glue"), location.href).href;
    var wasm = new URL(form.getAttribute("data-search-wasm"), location.href).href;
    // An import carries no integrity: the preload that it reuses does.
    var link = document.createElement("link");
    link.rel = "modulepreload";
    link.href = glue;
    link.crossOrigin = "anonymous";
    link.integrity = form.getAttribute("data-glue-integrity");
    document.head.appendChild(link);
    import(glue).then(function (search) {
      return search.default({
        module_or_path: fetch(wasm, { integrity: form.getAttribute("data-wasm-integrity") })
      });
    }).catch(function () {
      document.getElementById("library-status").textContent = "搜索未能加载，请刷新页面重试。";
    });
  };
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    input.blur();
  });
  input.addEventListener("focus", load);
  input.addEventListener("input", load);
  var query = new URLSearchParams(location.search).get("q");
  if (query) {
    input.value = query;
    load();
  }
  form.hidden = false;
})();
(function () {
  var controls = document.getElementById("shelf-controls");
  var groups = document.getElementById("shelf-groups");
  if (!controls || !groups) return;
  var level = document.getElementById("shelf-level");
  var year = document.getElementById("shelf-year");
  var shown = document.getElementById("shelf-shown");
  var switches = Array.prototype.slice.call(controls.querySelectorAll("[data-group-by]"));
  var entries = Array.prototype.slice.call(groups.querySelectorAll(".shelf-entry"));
  var yearGroups = Array.prototype.slice.call(groups.children);
  var homes = entries.map(function (entry) {
    return entry.parentNode;
  });
  var levels = Array.prototype.map.call(level.options, function (option) {
    return option.value;
  });
  var by = "year";
  var placeGroups = null;

  var attribute = function (entry, name) {
    return entry.getAttribute(name) || "";
  };
  var text = function (entry, selector) {
    var found = entry.querySelector(selector);
    return found ? found.textContent : "";
  };
  // The place and the year as the entry shows them (`2013年`: "2013").
  var placeOf = function (entry) {
    return text(entry, ".entry-place");
  };
  var yearOf = function (entry) {
    return String(parseInt(text(entry, ".entry-year"), 10) || "");
  };
  var rank = function (entry) {
    var at = levels.indexOf(attribute(entry, "data-level"));
    return at < 0 ? levels.length : at;
  };
  // Places in the catalogue's order (level, then name), each place's
  // reports newest first.
  var byPlace = function (a, b) {
    if (rank(a) !== rank(b)) return rank(a) - rank(b);
    var placeA = placeOf(a);
    var placeB = placeOf(b);
    if (placeA !== placeB) return placeA < placeB ? -1 : 1;
    return (Number(yearOf(b)) || 0) - (Number(yearOf(a)) || 0);
  };
  var makePlaceGroups = function () {
    var made = [];
    var list = null;
    var place = null;
    entries.slice().sort(byPlace).forEach(function (entry) {
      if (placeOf(entry) !== place) {
        place = placeOf(entry);
        var section = document.createElement("section");
        section.className = "shelf-group";
        var heading = document.createElement("h2");
        heading.textContent = place;
        list = document.createElement("ul");
        list.className = "shelf-list";
        section.appendChild(heading);
        section.appendChild(list);
        made.push({ section: section, list: list, entries: [] });
      }
      made[made.length - 1].entries.push(entry);
    });
    return made;
  };
  var groupBy = function (wanted) {
    by = wanted === "place" ? "place" : "year";
    switches.forEach(function (button) {
      button.setAttribute("aria-pressed", String(button.getAttribute("data-group-by") === by));
    });
    var sections;
    if (by === "place") {
      placeGroups = placeGroups || makePlaceGroups();
      placeGroups.forEach(function (group) {
        group.entries.forEach(function (entry) {
          group.list.appendChild(entry);
        });
      });
      sections = placeGroups.map(function (group) {
        return group.section;
      });
    } else {
      entries.forEach(function (entry, i) {
        homes[i].appendChild(entry);
      });
      sections = yearGroups;
    }
    groups.textContent = "";
    sections.forEach(function (section) {
      groups.appendChild(section);
    });
  };
  var remember = function () {
    var params = new URLSearchParams(location.search);
    var keep = function (name, value) {
      if (value) params.set(name, value);
      else params.delete(name);
    };
    keep("by", by === "place" ? by : "");
    keep("level", level.value);
    keep("year", year.value);
    var query = params.toString();
    history.replaceState(null, "", query ? "?" + query : location.pathname);
  };
  var filter = function () {
    var count = 0;
    entries.forEach(function (entry) {
      var fits = (!level.value || attribute(entry, "data-level") === level.value) &&
        (!year.value || yearOf(entry) === year.value);
      entry.hidden = !fits;
      if (fits) count += 1;
    });
    Array.prototype.forEach.call(groups.children, function (section) {
      section.hidden = !section.querySelector(".shelf-entry:not([hidden])");
    });
    shown.textContent = count === entries.length
      ? "共 " + count + " 份报告"
      : "显示 " + count + " 份，共 " + entries.length + " 份报告";
  };
  // A large library's earlier years, from their own page: its groups join
  // the shelf (their links made the shelf's), and the link to it goes.
  var earlier = document.getElementById("shelf-earlier");
  var bringEarlier = function () {
    fetch(earlier.href).then(function (response) {
      if (!response.ok) throw new Error(response.status);
      return response.text();
    }).then(function (html) {
      var page = new DOMParser().parseFromString(html, "text/html");
      var shelf = page.getElementById("shelf-groups");
      if (!shelf) return;
      Array.prototype.forEach.call(shelf.querySelectorAll("a[href]"), function (link) {
        var href = link.getAttribute("href");
        if (href.indexOf("../") === 0) link.setAttribute("href", "./" + href.slice(3));
      });
      Array.prototype.slice.call(shelf.children).forEach(function (section) {
        yearGroups.push(document.adoptNode(section));
        Array.prototype.forEach.call(section.querySelectorAll(".shelf-entry"), function (entry) {
          entries.push(entry);
          homes.push(entry.parentNode);
        });
      });
      placeGroups = null;
      earlier.parentNode.remove();
      groupBy(by);
      filter();
    }).catch(function () {
      // The link stays: the earlier years are a page away.
    });
  };
  var choose = function (select, value) {
    var known = Array.prototype.some.call(select.options, function (option) {
      return option.value === value;
    });
    select.value = known ? value : "";
  };

  var params = new URLSearchParams(location.search);
  choose(level, params.get("level") || "");
  choose(year, params.get("year") || "");
  if (params.get("by") === "place") groupBy("place");
  filter();
  controls.hidden = false;
  switches.forEach(function (button) {
    button.addEventListener("click", function () {
      groupBy(button.getAttribute("data-group-by"));
      filter();
      remember();
    });
  });
  [level, year].forEach(function (select) {
    select.addEventListener("change", function () {
      filter();
      remember();
    });
  });
  if (earlier) window.addEventListener("load", bringEarlier);
})();
