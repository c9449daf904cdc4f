import { Route } from 'react-router-dom';
import type { Role } from '../../api/types.ts';
import { RequireRole } from '../../auth/guards.tsx';
import { RequireScheme } from '../referrals/SchemeContext.tsx';
import { CataloguePage, CourseFormPage } from './CataloguePage.tsx';
import { MatrixPage } from './MatrixPage.tsx';
import { MyTrainingPage, PersonTrainingPage } from './TrainingPages.tsx';

const TRAINED: readonly Role[] = ['link_worker', 'supervisor', 'scheme_manager'];

/** Training pages: my training, the team matrix (managers and supervisors), the catalogue and one person's training (managers). */
export function trainingRoutes() {
  return (
    <Route element={<RequireScheme />}>
      <Route element={<RequireRole roles={TRAINED} />}>
        <Route path="/training" element={<MyTrainingPage />} />
      </Route>
      <Route element={<RequireRole roles={['scheme_manager', 'supervisor']} />}>
        <Route path="/training/matrix" element={<MatrixPage />} />
      </Route>
      <Route element={<RequireRole role="scheme_manager" />}>
        <Route path="/training/catalogue" element={<CataloguePage />} />
        <Route path="/training/catalogue/new" element={<CourseFormPage />} />
        <Route path="/training/catalogue/:id" element={<CourseFormPage />} />
        <Route path="/training/people/:userId" element={<PersonTrainingPage />} />
      </Route>
    </Route>
  );
}
