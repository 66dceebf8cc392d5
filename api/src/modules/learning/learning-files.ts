import type { FileReader } from '../file/file-readers';
import { CourseModule, Lesson } from './course-module.entity';
import { CourseModuleService } from './course-module.service';

/** A lesson file or a module cover may be read by anyone who may see a module using it. */
export const readModuleFile: FileReader = async (em, actor, file, clock) => {
  const lessons = await em.find(Lesson, { file }, { populate: ['module'] });
  const covers = await em.find(CourseModule, { cover: file });
  const modules = [...lessons.map((l) => l.module.getEntity()), ...covers];
  const service = new CourseModuleService(em, clock);
  for (const module of modules) if (await service.canRead(actor, module)) return true;
  return false;
};
