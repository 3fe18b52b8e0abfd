// The demo's stand-in for a county's own sign-in (统一身份认证): pick a demo account, get a token
// from the reference server's dev login, and hand it to <tx-provider>. A real site passes the token
// from its identity provider the same way: `provider.getToken = () => token`.
const KEY = 'tongxin-demo-session';
const tenant = '211100';

function session() {
  try {
    const s = JSON.parse(sessionStorage.getItem(KEY) ?? 'null');
    return s && new Date(s.expiresAt) > new Date() ? s : null;
  } catch {
    return null;
  }
}

function connect(provider, current) {
  provider.getToken = current ? () => current.token : undefined;
  if (current) provider.setAttribute('user-key', current.user.id);
  else provider.removeAttribute('user-key');
}

async function mount(box) {
  const provider = document.getElementById(box.dataset.provider);
  // Hand over the token at once, before anything else is fetched: the widgets start with it.
  connect(provider, session());
  const wanted = (box.dataset.roles ?? '').split(/\s+/).filter(Boolean);
  const render = (accounts) => {
    const current = session();
    connect(provider, current);
    box.replaceChildren();
    const form = document.createElement('form');
    form.className = 'demo-login';
    if (current) {
      const who = document.createElement('p');
      who.textContent = `已登录（演示）：${current.user.name}`;
      const out = document.createElement('button');
      out.type = 'submit';
      out.textContent = '退出';
      form.append(who, out);
      form.onsubmit = (e) => {
        e.preventDefault();
        sessionStorage.removeItem(KEY);
        location.reload();
      };
    } else {
      const label = document.createElement('label');
      label.textContent = '演示账号 ';
      const select = document.createElement('select');
      select.name = 'account';
      for (const a of accounts.filter((a) => wanted.length === 0 || a.roles.some((r) => wanted.includes(r)))) {
        const option = document.createElement('option');
        option.value = a.account;
        option.textContent = a.label['zh-Hans'];
        select.append(option);
      }
      label.append(select);
      const go = document.createElement('button');
      go.type = 'submit';
      go.textContent = '登录';
      form.append(label, go);
      form.onsubmit = async (e) => {
        e.preventDefault();
        const res = await fetch(`/v1/${tenant}/auth/dev-login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ account: select.value }),
        });
        if (!res.ok) return alert('登录失败');
        sessionStorage.setItem(KEY, JSON.stringify(await res.json()));
        location.reload();
      };
    }
    box.append(form);
  };
  const res = await fetch(`/v1/${tenant}/auth/dev-accounts`);
  render(res.ok ? await res.json() : []);
}

for (const box of document.querySelectorAll('[data-demo-login]')) void mount(box);
