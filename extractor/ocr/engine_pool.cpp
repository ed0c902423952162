#include "ocr/engine_pool.h"

#include <map>

namespace occx {

EnginePool& EnginePool::shared(const std::string& language, OcrLayout layout) {
    static std::mutex mu;
    static std::map<std::pair<std::string, int>, std::unique_ptr<EnginePool>> pools;
    std::lock_guard lock(mu);
    auto& slot = pools[{language, static_cast<int>(layout)}];
    if (!slot) slot.reset(new EnginePool(language, layout));
    return *slot;
}

EnginePool::Lease EnginePool::borrow() {
    {
        std::lock_guard lock(mu_);
        if (!idle_.empty()) {
            auto engine = std::move(idle_.back());
            idle_.pop_back();
            return Lease(*this, std::move(engine));
        }
    }
    return Lease(*this, std::make_unique<TesseractEngine>(language_, layout_));
}

void EnginePool::give_back(std::unique_ptr<TesseractEngine> engine) {
    if (!engine) return;
    std::lock_guard lock(mu_);
    idle_.push_back(std::move(engine));
}

}  // namespace occx
