import { defineModule } from '../../common/module';
import { Setting } from './setting.entity';
import { SettingResolver } from './setting.resolver';

export const settingModule = defineModule({
  name: 'setting',
  entities: [Setting],
  resolvers: [SettingResolver],
});
