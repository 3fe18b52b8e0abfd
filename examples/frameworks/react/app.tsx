// A React 19 page using a widget as React 19 treats custom elements: `stations` (an array) is set
// as a property, `ontx-workstation-select` listens to the widget's event — no wrapper, no ref.
import '@tongxin/elements/define/tx-workstation-map';
import type {} from '@tongxin/elements/jsx';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { endpoint, stations } from '../stations.js';

function App() {
  const [chosen, setChosen] = useState('');
  const onSelect = (event: CustomEvent<{ workstationId?: string }>) =>
    setChosen(stations.find((s) => s.id === event.detail.workstationId)?.name ?? '');
  return (
    <main>
      <h1>React 19 页面中的委员工作站</h1>
      <p id="chosen" role="status">
        {chosen ? `已选择：${chosen}` : '尚未选择工作站'}
      </p>
      <tx-workstation-map endpoint={endpoint} tenant="211100" stations={stations} ontx-workstation-select={onSelect} />
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
