// The review page: send what changed in an item, show what the server says, preview the briefing.
(function () {
  "use strict";
  const token = document.querySelector('meta[name="review-token"]').content;

  function post(url, body) {
    return fetch(url, {
      method: "POST",
      headers: {"Content-Type": "application/json", "X-Review-Token": token},
      body: JSON.stringify(body),
    }).then(async (r) => ({status: r.status, data: await r.json().catch(() => ({}))}));
  }

  function valueOf(el) {
    return el.type === "checkbox" ? String(el.checked) : el.value;
  }

  function changes(form) {
    const item = {};
    form.querySelectorAll(".item-head [name]").forEach((el) => {
      if (valueOf(el) !== el.dataset.orig) {
        item[el.name] = el.type === "checkbox" ? el.checked : el.value;
      }
    });
    const stats = {};
    form.querySelectorAll("tr.stat").forEach((row) => {
      const edited = {};
      row.querySelectorAll("[name]:not(.hero)").forEach((el) => {
        if (valueOf(el) !== el.dataset.orig) edited[el.name] = el.value;
      });
      if (Object.keys(edited).length) stats[row.dataset.stat] = edited;
    });
    let cardsChanged = false;
    form.querySelectorAll("tr.stat").forEach((row) => {
      const box = row.querySelector(".on-card"), order = row.querySelector(".order");
      if (valueOf(box) !== box.dataset.orig || order.value !== order.dataset.orig) cardsChanged = true;
    });
    if (cardsChanged) {
      const chosen = [...form.querySelectorAll("tr.stat")]
        .filter((row) => row.querySelector(".on-card").checked)
        .map((row) => [Number(row.querySelector(".order").value) || 99, row.dataset.stat])
        .sort((a, b) => a[0] - b[0]);
      item.cards = chosen.map((pair) => pair[1]);
    }
    return {item, stats};
  }

  function say(form, text, kind) {
    const box = form.querySelector(".message");
    box.textContent = text;
    box.className = "message " + (kind || "");
  }

  document.querySelectorAll("form.item").forEach((form) => {
    form.querySelector(".save").addEventListener("click", async () => {
      const edit = changes(form);
      edit.version = form.dataset.version || null;
      say(form, "保存中… Saving…");
      const {status, data} = await post("/api/items/" + encodeURIComponent(form.dataset.item), edit);
      if (status === 200) {
        say(form, "已保存 Saved", "ok");
        location.hash = form.id;
        location.reload();
      } else if (status === 409) {
        say(form, "冲突，未保存 Conflict, not saved: " + data.error, "error conflict");
      } else {
        say(form, "未保存 Not saved: " + (data.problems || [data.error]).join("; "), "error");
      }
    });
    form.querySelector(".preview-button").addEventListener("click", () => {
      document.getElementById("preview").src = "/preview?t=" + Date.now() + "#item-" + form.dataset.item;
    });
  });

  document.querySelectorAll("input.hero").forEach((radio) => {
    radio.addEventListener("change", async () => {
      const form = radio.closest("form");
      const version = document.querySelector('meta[name="briefing-version"]').content || null;
      const {status, data} = await post("/api/hero", {stat: radio.value, version});
      if (status === 200) {
        say(form, "头条已选 Hero chosen: " + radio.value, "ok");
        location.hash = form.id;
        location.reload();
      } else {
        say(form, "未保存 Not saved: " + (data.problems || [data.error]).join("; "), "error" + (status === 409 ? " conflict" : ""));
      }
    });
  });
})();
