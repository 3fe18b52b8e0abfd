// A Vue 3 page using a widget: `<tx-*>` are custom elements to Vue's compiler, `.stations` binds
// the array as a property, `@tx-workstation-select` listens to the widget's event.
import '@tongxin/elements/define/tx-workstation-map';
import { createApp, ref } from 'vue';
import { endpoint, stations } from '../stations.js';

const app = createApp({
  setup() {
    const chosen = ref('');
    const onSelect = (event) => {
      chosen.value = stations.find((s) => s.id === event.detail.workstationId)?.name ?? '';
    };
    return { chosen, onSelect, endpoint, stations };
  },
  template: `<main>
    <h1>Vue 3 页面中的委员工作站</h1>
    <p id="chosen" role="status">{{ chosen ? '已选择：' + chosen : '尚未选择工作站' }}</p>
    <tx-workstation-map :endpoint="endpoint" tenant="211100" .stations="stations" @tx-workstation-select="onSelect"></tx-workstation-map>
  </main>`,
});
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('tx-');
app.mount('#root');
